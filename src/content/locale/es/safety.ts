import type { TranslationTable } from '../overlay';

/**
 * Spanish "When to get help" (the warning signs after an injection, review M6): translated first\nbecause it sits on every injection-site card, and a reader must not meet it in a language they do not read.
 */
export const safetyEs: TranslationTable = {
  'procedure.red-flags.body.patient#8b955640':
    'Es normal notar algunas molestias durante los dos o tres primeros días. Póngase en contacto con su profesional sanitario ese mismo día, o acuda a urgencias, si después de ese tiempo la rodilla se pone caliente, roja y cada vez más hinchada o dolorida. Haga lo mismo si tiene fiebre en cualquier momento, o si por la marca de una aguja empieza a salir líquido o sangre. La infección es poco frecuente, pero necesita atención rápida.',
  'procedure.red-flags.body.clinician#47b9270b':
    'El dolor tras la inyección durante un máximo de 72 h (en torno al 10 % de los participantes de los ensayos) es esperable y después debería ceder. Está indicada una valoración el mismo día ante dolor, calor, eritema o tumefacción que aumentan pasado ese plazo, ante fiebre, o ante supuración o sangrado de un punto de punción. La infección es poco frecuente, pero la artritis séptica es la complicación importante que hay que descartar tras una inyección intraarticular; un derrame infectado o una artritis séptica es también una contraindicación para inyectar.',
};
