import type { linkNoticesEn, shareEn } from './en-link';
import type { Strings } from './strings';

/** El enlace (issue #12): avisos de lo que un enlace pide y la aplicación no puede usar, y compartir. */
export const linkNoticesEs: Strings<typeof linkNoticesEn> = {
  unknownCondition: 'Se ignoró el ajuste del enlace c={{value}}: no existe esa afección',
  unknownSite: 'Se ignoró el ajuste del enlace site={{value}}: no existe ese punto de inyección',
  invalidCamera:
    'Se ignoró el ajuste del enlace cam={{value}}: use una vista (anterior, medial, lateral, posterior) o acimut,polar,distancia,x,y,z',
  unknownLayer: 'Se ignoró la capa «{{value}}» en hide=: no existe esa capa',
  invalidSwitch: 'Se ignoró el ajuste del enlace {{name}}={{value}}: use {{name}}=1 o {{name}}=0',
  unknownLanguage: 'Se ignoró el ajuste del enlace lang={{value}}: esta aplicación está en {{languages}}',
  structureAndCondition:
    'Se ignoró el ajuste del enlace s={{value}}: el enlace abre una afección, que tiene prioridad',
  isolateWithoutStructure:
    'Se ignoró el ajuste del enlace {{value}}: el enlace no indica ninguna estructura que aislar',
  linkCopied: 'Enlace copiado. Quien lo abra verá esta misma vista.',
  linkNotCopied: 'El navegador no permitió copiar: el enlace está seleccionado abajo para copiarlo a mano.',
};

export const shareEs: Strings<typeof shareEn> = {
  copy: 'Copiar enlace',
  copyHint: 'Copiar un enlace que abre exactamente esta vista',
  share: 'Compartir',
  shareHint: 'Compartir un enlace a esta vista con otra aplicación',
  shareTitle: 'Knee Explorer',
  shareText: 'Una vista de la rodilla en Knee Explorer',
  field: 'Enlace a esta vista',
};
