import type { pwaEn } from './en-pwa';
import type { Strings } from './strings';

/** Spanish messages of the service worker: a new version waiting, and offline use. */
export const pwaEs: Strings<typeof pwaEn> = {
  label: 'Actualización de la aplicación',
  waiting: 'Actualización disponible: hay una nueva versión de Knee Explorer lista.',
  activated:
    'Knee Explorer se actualizó en otra pestaña. Vuelva a cargar la página para usar la nueva versión.',
  reload: 'Volver a cargar',
  reloadHint: 'Volver a cargar ahora para usar la nueva versión (su selección se conserva en el enlace)',
  reloading: 'Volviendo a cargar…',
  later: 'Más tarde',
  laterHint: 'Mantener esta versión por ahora; la nueva se usará la próxima vez',
};
