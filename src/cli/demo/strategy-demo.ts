/**
 * The demo's development plans, illustrative (labelled as demo data), shaped like the plans these
 * offices work with: a few axes (ejes / líneas) with their programmes. They are loaded through the
 * same CSV importer offices use; the agreements' plan codes and SDGs are in data/demo/<city>/vinculos.csv.
 */
type DemoStrategy = { planCsv: string };

export const demoStrategies: Record<string, DemoStrategy> = {
  medellin: {
    planCsv: [
      'eje_codigo;eje_nombre;programa_codigo;programa_nombre',
      '1;Medellín segura, en paz y con convivencia;1.1;Convivencia y construcción de paz en las comunas',
      '1;Medellín segura, en paz y con convivencia;1.2;Gestión del riesgo de desastres',
      '2;Ecociudad: movilidad y ambiente;2.1;Movilidad sostenible y transporte público',
      '2;Ecociudad: movilidad y ambiente;2.2;Calidad del aire y acción climática',
      '2;Ecociudad: movilidad y ambiente;2.3;Espacio público y movilidad activa',
      '3;Desarrollo económico, empleo e innovación;3.1;Atracción de inversión y empleo',
      '3;Desarrollo económico, empleo e innovación;3.2;Gobierno digital y ciencia, tecnología e innovación',
      '4;Medellín internacional y cultural;4.1;Cooperación internacional y ciudades hermanas',
      '4;Medellín internacional y cultural;4.2;Proyección cultural y turismo',
    ].join('\n'),
  },
  cdmx: {
    planCsv: [
      'eje_codigo;eje_nombre;programa_codigo;programa_nombre',
      '1;Ciudad sustentable y resiliente;1.1;Acción climática y calidad del aire',
      '1;Ciudad sustentable y resiliente;1.2;Agua y saneamiento',
      '1;Ciudad sustentable y resiliente;1.3;Resiliencia sísmica y gestión de riesgos',
      '2;Movilidad integrada y segura;2.1;Transporte público y movilidad eléctrica',
      '3;Capital cultural de América;3.1;Proyección cultural internacional',
      '3;Capital cultural de América;3.2;Turismo y derechos culturales',
      '4;Ciudad global y de derechos;4.1;Redes de ciudades e incidencia internacional',
      '4;Ciudad global y de derechos;4.2;Inversión y desarrollo económico',
    ].join('\n'),
  },
};
