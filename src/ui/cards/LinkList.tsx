/** A list of links to other cards (conditions, structures, sites), drawn as buttons for touch. */
export const LinkList = ({
  items,
  label,
}: {
  items: { id: string; text: string; data?: Record<string, string>; onOpen(): void }[];
  label: string;
}) => (
  <ul className="link-list" aria-label={label}>
    {items.map((item) => (
      <li key={item.id}>
        <button type="button" className="link-button" onClick={item.onOpen} {...item.data}>
          {item.text}
        </button>
      </li>
    ))}
  </ul>
);
