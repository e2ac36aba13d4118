import { useCardMode } from './card-mode';

/**
 * A list of links to other cards (conditions, structures, sites), drawn as buttons for touch; on
 * paper (a non-interactive card) the same names as plain list items.
 */
export const LinkList = ({
  items,
  label,
}: {
  items: { id: string; text: string; data?: Record<string, string>; onOpen(): void }[];
  label: string;
}) => {
  const { interactive } = useCardMode();
  return (
    <ul className="link-list" aria-label={label}>
      {items.map((item) => (
        <li key={item.id}>
          {interactive ? (
            <button type="button" className="link-button" onClick={item.onOpen} {...item.data}>
              {item.text}
            </button>
          ) : (
            <span {...item.data}>{item.text}</span>
          )}
        </li>
      ))}
    </ul>
  );
};
