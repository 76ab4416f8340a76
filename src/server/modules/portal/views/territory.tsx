import { formatNumber } from '../../../../web/lib/format';
import { type MapShape, projectUnits } from '../territory-svg';
import { Layout, type PageContext } from './layout';

type Unit = { id: string; name: string; population: number | null; geometry: unknown; initiatives: number };

const shades = ['#eef3f8', '#c6d9ec', '#8fb4d9', '#4f86bf', '#1f5a96'];

function shadeOf(count: number, max: number) {
  if (count === 0 || max === 0) return shades[0];
  return shades[
    Math.min(shades.length - 1, 1 + Math.floor(((count - 1) / Math.max(1, max)) * (shades.length - 1)))
  ];
}

/** The territory as a server-drawn SVG: no script, one titled shape per unit, and the same data as a table. */
export function TerritoryPage(props: {
  context: PageContext;
  government: { name: string; slug: string };
  units: Unit[];
}) {
  const { context, government, units } = props;
  const { t, lang } = context;
  const shapes: MapShape[] = projectUnits(units, 640, 480);
  const max = Math.max(0, ...units.map((unit) => unit.initiatives));
  const countOf = new Map(units.map((unit) => [unit.id, unit.initiatives]));
  return (
    <Layout context={context} title={t('portal.territory.title')} government={government} section="territory">
      <h1>{t('portal.territory.title')}</h1>
      <p className="lead">{t('portal.territory.lead')}</p>
      {shapes.length === 0 ? (
        <p>{t('portal.territory.noMap')}</p>
      ) : (
        <figure className="map">
          <svg
            viewBox="0 0 640 480"
            role="img"
            aria-labelledby="mapa-titulo"
            xmlns="http://www.w3.org/2000/svg"
            className="territory-map"
          >
            <title id="mapa-titulo">{t('portal.territory.mapLabel', { name: government.name })}</title>
            {shapes.map((shape) => (
              <path
                key={shape.id}
                d={shape.path}
                fill={shadeOf(countOf.get(shape.id) ?? 0, max)}
                stroke="#1b2a3a"
                strokeWidth="0.8"
              >
                <title>
                  {t('portal.territory.unitInitiatives', {
                    name: shape.name,
                    count: countOf.get(shape.id) ?? 0,
                  })}
                </title>
              </path>
            ))}
          </svg>
        </figure>
      )}
      <table>
        <caption>{t('portal.territory.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('portal.territory.unit')}</th>
            <th scope="col">{t('portal.territory.population')}</th>
            <th scope="col">{t('portal.territory.initiatives')}</th>
          </tr>
        </thead>
        <tbody>
          {units.map((unit) => (
            <tr key={unit.id}>
              <th scope="row">{unit.name}</th>
              <td className="number">{formatNumber(unit.population, lang)}</td>
              <td className="number">{formatNumber(unit.initiatives, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>
  );
}
