/** Build-time settings the embed bridge reads (README "Embedding"). */
interface ImportMetaEnv {
  /** Parent origins allowed to drive an embedded app, space- or comma-separated; unset: any. */
  readonly VITE_EMBED_ORIGINS?: string;
}
