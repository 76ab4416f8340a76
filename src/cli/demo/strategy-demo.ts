/**
 * The demo's development plans and how its agreements align to them and to the SDGs. The plans are
 * illustrative (labelled as demo data), shaped like the plans these offices work with: a few axes
 * (ejes / líneas) with their programmes. They are loaded through the same CSV importer offices use.
 */
type DemoStrategy = {
  planCsv: string;
  linkAlignment: Record<string, { planCodes: string[]; sdgGoals: string[] }>;
};

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
    linkAlignment: {
      'convenio-aecid-paz': { planCodes: ['1.1'], sdgGoals: ['16'] },
      'convenio-pnud-ods': { planCodes: ['1.1', '4.1'], sdgGoals: ['11', '17'] },
      'mou-jica-riesgo': { planCodes: ['1.2'], sdgGoals: ['11', '13'] },
      'acuerdo-koica-gobierno-digital': { planCodes: ['3.2'], sdgGoals: ['9', '16'] },
      'convenio-bid-movilidad': { planCodes: ['2.1'], sdgGoals: ['11'] },
      'carta-caf-espacio-publico': { planCodes: ['2.3'], sdgGoals: ['11'] },
      'mou-giz-calidad-aire': { planCodes: ['2.2'], sdgGoals: ['3', '11', '13'] },
      'hermanamiento-bilbao': { planCodes: ['4.1'], sdgGoals: ['11', '17'] },
      'hermanamiento-monterrey': { planCodes: ['3.1', '4.1'], sdgGoals: ['8', '17'] },
    },
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
    linkAlignment: {
      'acuerdo-afd-clima': { planCodes: ['1.1'], sdgGoals: ['11', '13'] },
      'convenio-giz-aire': { planCodes: ['1.1'], sdgGoals: ['3', '11'] },
      'mou-jica-sismos': { planCodes: ['1.3'], sdgGoals: ['11'] },
      'convenio-bid-agua': { planCodes: ['1.2'], sdgGoals: ['6'] },
      'convenio-aecid-cultura': { planCodes: ['3.1'], sdgGoals: ['11', '17'] },
      'carta-caf-movilidad': { planCodes: ['2.1'], sdgGoals: ['11'] },
      'red-c40': { planCodes: ['1.1', '4.1'], sdgGoals: ['13'] },
      'red-cglu': { planCodes: ['4.1'], sdgGoals: ['11', '17'] },
      'red-ciudades-creativas': { planCodes: ['3.1'], sdgGoals: ['11'] },
    },
  },
};
