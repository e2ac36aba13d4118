import type { TranslationTable } from '../overlay';

/**
 * Spanish structure cards: the cruciate, collateral and posterior oblique ligaments.
 */
export const structuresLigamentsEs: TranslationTable = {
  'structure.acl.function.patient#6d4740aa':
    'Una banda fuerte en lo profundo del centro de la rodilla que impide que la tibia se deslice hacia delante y ayuda a controlar los giros.',
  'structure.acl.function.clinician#d3d87a9b':
    'Limitador primario de la traslación tibial anterior: aporta alrededor del 85 % de la resistencia a 30° y 90° de flexión; también limita la rotación. Fascículos anteromedial y posterolateral.',
  'structure.acl.attachments.0.label#a6830f67': 'Inserción femoral',
  'structure.acl.attachments.0.text#6bb6e909':
    'Parte posterior de la pared interna (medial) del cóndilo femoral lateral, dentro de la escotadura.',
  'structure.acl.attachments.1.label#1fec203a': 'Inserción tibial',
  'structure.acl.attachments.1.text#4db6f8ef':
    'Fosa anterior y lateral a la espina tibial medial (unos 11 mm de ancho × 17 mm en sentido anteroposterior), que se abre en abanico hacia el ligamento transverso y la raíz anterior del menisco lateral.',
  'structure.acl.dimensions.0#75f2b06d':
    'Longitud de 22-41 mm (media de 32 mm); porción media aplanada de unos 9.9 mm de ancho y 3.9 mm de grosor.',
  'structure.pcl.function.patient#d2e659cf':
    'La banda situada detrás del LCA que impide que la tibia se deslice hacia atrás.',
  'structure.pcl.function.clinician#6e0be3ff':
    'Limitador primario de la traslación tibial posterior (alrededor del 95 % de la resistencia). Fascículos anterolateral y posteromedial.',
  'structure.pcl.attachments.0.label#a6830f67': 'Inserción femoral',
  'structure.pcl.attachments.0.text#2843dd8b':
    'Cara lateral del cóndilo femoral medial y techo de la escotadura; huella de más de 20 mm de longitud anteroposterior.',
  'structure.pcl.attachments.1.label#1fec203a': 'Inserción tibial',
  'structure.pcl.attachments.1.text#301c9425':
    'Surco intercondíleo posterior, 10-15 mm por debajo de la superficie articular y unos 7 mm por delante de la cortical tibial posterior.',
  'structure.pcl.dimensions.0#65e08de8':
    'Longitud de 32-38 mm; huella tibial de 88.3 ± 21.7 mm² en 24 rodillas.',
  'structure.pcl.dimensions.1#c9ef5e17':
    'Huellas de los fascículos en imagen: anterolateral 93.1 mm², posteromedial 150.8 mm², con centros separados 8.2 mm.',
  'structure.superficial-mcl.function.patient#1832521e':
    'Una banda larga y plana en el lado interno de la rodilla que impide que la rodilla se doble hacia dentro. Es el ligamento de la rodilla que con más frecuencia sufre esguinces.',
  'structure.superficial-mcl.function.clinician#3e7f91ae':
    'Limitador estático primario del valgo: alrededor del 57 % de la resistencia a 5° y del 78 % a 25° de flexión; también se opone a la rotación.',
  'structure.superficial-mcl.attachments.0.label#3498914f': 'Origen femoral',
  'structure.superficial-mcl.attachments.0.text#7bcce636':
    'De media, 3.2 mm proximal y 4.8 mm posterior al epicóndilo medial.',
  'structure.superficial-mcl.attachments.1.label#3e95be18': 'Inserciones tibiales',
  'structure.superficial-mcl.attachments.1.text#2847a0a2':
    'Proximal: sobre todo en partes blandas que cubren el brazo anterior del semimembranoso. Distal: en el periostio, profunda y posterior a la pata de ganso, 61.2 mm por debajo de la interlínea articular.',
  'structure.superficial-mcl.dimensions.0#cd3b0c51':
    'Longitud de 94.8 mm en una serie de cadáveres; 8-10 cm en una obra de referencia de radiología. Áreas de inserción: tibia 348.6 ± 42.8 mm², fémur 79.7 ± 17.6 mm².',
  'structure.deep-mcl.function.patient#34d0d382':
    'Una capa más corta bajo el ligamento del lado interno. Aporta sujeción y ancla el menisco interno.',
  'structure.deep-mcl.function.clinician#a92b8ce4':
    'Engrosamiento capsular que actúa como limitador medial secundario; sus partes meniscofemoral y meniscotibial fijan el menisco medial.',
  'structure.deep-mcl.attachments.0.label#bf585682': 'Centros de inserción',
  'structure.deep-mcl.attachments.0.text#e5bce856':
    'Tibial, 6.5 ± 1.3 mm por debajo de la interlínea articular tibial; femoral, 20.5 ± 4.2 mm por encima de la interlínea articular femoral.',
  'structure.deep-mcl.dimensions.0#284061c6':
    'Áreas de inserción de 63.6 mm² (tibia) y 71.9 mm² (fémur); la parte meniscotibial es unas 1.7 veces más ancha y la parte meniscofemoral unas 3 veces más larga.',
  'structure.lcl.function.patient#c1e0653e':
    'Una banda en forma de cordón en el lado externo de la rodilla que impide que se arquee hacia fuera.',
  'structure.lcl.function.clinician#d4b53a1a':
    'Limitador primario del varo en todos los ángulos de flexión; contribuye a resistir la rotación externa.',
  'structure.lcl.attachments.0.label#3498914f': 'Origen femoral',
  'structure.lcl.attachments.0.text#fed0d007':
    'De media, 1.4 mm proximal y 3.1 mm posterior al epicóndilo lateral.',
  'structure.lcl.attachments.1.label#a34ff4a5': 'Inserción en el peroné',
  'structure.lcl.attachments.1.text#410b4912':
    'Cara lateral de la cabeza del peroné, 8.2 mm por detrás de su borde anterior, cubriendo alrededor del 38 % de la cabeza; queda dentro del tendón distal del bíceps, que se divide a su alrededor.',
  'structure.lcl.dimensions.0#180f330d':
    'Las longitudes publicadas difieren: 69.9 mm (StatPearls) y 66 mm, rango 59-74 (Meister). Anchura de 4-5 mm.',
  'structure.posterior-oblique-ligament.function.patient#48ba4236':
    'Una banda en la esquina posterior interna de la rodilla que ayuda a mantener estable esa esquina.',
  'structure.posterior-oblique-ligament.function.clinician#5d9f8f56':
    'Estabilizador estático posteromedial: contribuye a la estabilidad en valgo y se opone a la rotación anteromedial.',
  'structure.posterior-oblique-ligament.attachments.0.label#a6830f67': 'Inserción femoral',
  'structure.posterior-oblique-ligament.attachments.0.text#96d4bf54':
    '7.7 mm distal y 6.4 mm posterior al tubérculo del aductor; 1.4 mm distal y 2.9 mm anterior al tubérculo del gastrocnemio. Se funde con el LCMs posterior, la cápsula y las expansiones del semimembranoso.',
};
