import { type ChangeEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type ImportGeoJsonBody,
  importGeoJsonBodySchema,
  territorialUnitKinds,
} from '../../../contracts/territory';
import { enumOptions } from '../../lib/enum-options';
import { describeError, translateMessage } from '../../lib/form-errors';
import { Select } from '../../ui/field';
import { useImportGeoJson } from './use-territory';

type LoadedFile = {
  fileName: string;
  featureCollection: ImportGeoJsonBody['featureCollection'];
  properties: string[];
};

type LoadedFeature = ImportGeoJsonBody['featureCollection']['features'][number];

type RawFeature = {
  type?: unknown;
  properties?: unknown;
  geometry?: { type?: unknown; coordinates?: unknown } | null;
};

/** Reads a GeoJSON file in the browser and keeps only what the import accepts (polygons). */
function readFeatureCollection(text: string): LoadedFile['featureCollection'] | null {
  const data = JSON.parse(text) as { type?: unknown; features?: unknown };
  if (data.type !== 'FeatureCollection' || !Array.isArray(data.features)) return null;
  return {
    type: 'FeatureCollection',
    features: (data.features as RawFeature[]).map((feature) => {
      const geometry = feature.geometry;
      const isPolygon =
        geometry &&
        (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') &&
        Array.isArray(geometry.coordinates);
      return {
        type: 'Feature' as const,
        properties:
          typeof feature.properties === 'object'
            ? (feature.properties as Record<string, unknown> | null)
            : null,
        // The server checks every position; here the shape is only handed on.
        geometry: isPolygon
          ? ({
              type: geometry.type,
              coordinates: geometry.coordinates,
            } as LoadedFeature['geometry'])
          : null,
      };
    }),
  };
}

/** GeoJSON import: pick a file, say which properties hold name, code and population, import. */
export function GeoJsonImport() {
  const { t } = useTranslation();
  const id = useId();
  const importGeoJson = useImportGeoJson();
  const [loaded, setLoaded] = useState<LoadedFile | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [nameProperty, setNameProperty] = useState('');
  const [codeProperty, setCodeProperty] = useState('');
  const [populationProperty, setPopulationProperty] = useState('');
  const [kind, setKind] = useState('comuna');

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    setLoaded(null);
    setFileError(null);
    importGeoJson.reset();
    const file = event.target.files?.[0];
    if (!file) return;
    try {
      const featureCollection = readFeatureCollection(await file.text());
      if (!featureCollection) throw new Error('invalid');
      if (featureCollection.features.length === 0) {
        setFileError(t('validation.emptyFeatureCollection'));
        return;
      }
      const properties = Object.keys(featureCollection.features[0]?.properties ?? {});
      setLoaded({ fileName: file.name, featureCollection, properties });
      const guess = (candidates: string[]) =>
        properties.find((property) => candidates.includes(property.toLowerCase())) ?? '';
      setNameProperty(
        guess(['name', 'nombre', 'nom_mun', 'nomgeo', 'nombre_alc', 'alcaldia', 'nom_comuna']) ||
          (properties[0] ?? ''),
      );
      setCodeProperty(guess(['code', 'codigo', 'cve_mun', 'cvegeo', 'id', 'cvegeo']));
      setPopulationProperty(guess(['population', 'poblacion', 'pob', 'pobtot', 'pob_total']));
    } catch {
      setFileError(t('validation.invalidGeoJson'));
    }
  };

  const onImport = () => {
    if (!loaded) return;
    const parsed = importGeoJsonBodySchema.safeParse({
      featureCollection: loaded.featureCollection,
      nameProperty,
      codeProperty: codeProperty || undefined,
      populationProperty: populationProperty || undefined,
      kind,
    });
    if (!parsed.success) {
      setFileError(translateMessage(t, parsed.error.issues[0]?.message) || t('validation.invalidGeoJson'));
      return;
    }
    importGeoJson.mutate(parsed.data);
  };

  const propertyOptions = (loaded?.properties ?? []).map((property) => ({
    value: property,
    label: property,
  }));
  const result = importGeoJson.data;
  return (
    <div className="form">
      <p>{t('territory.import.intro')}</p>
      <div className="field">
        <label htmlFor={`${id}-file`} className="field-label">
          {t('territory.import.file')}
        </label>
        <p id={`${id}-file-hint`} className="field-hint">
          {t('territory.import.fileHint')}
        </p>
        <input
          id={`${id}-file`}
          type="file"
          accept=".geojson,.json,application/geo+json,application/json"
          aria-describedby={`${id}-file-hint`}
          onChange={(event) => void onFile(event)}
        />
      </div>
      {fileError ? (
        <p className="alert alert-error" role="alert">
          {fileError}
        </p>
      ) : null}
      {loaded ? (
        <fieldset className="fieldset">
          <legend>
            {t('territory.import.mapping', {
              count: loaded.featureCollection.features.length,
              file: loaded.fileName,
            })}
          </legend>
          <div className="form-grid">
            <Select
              label={t('territory.import.nameProperty')}
              isRequired
              options={propertyOptions}
              value={nameProperty}
              onChange={(event) => setNameProperty(event.target.value)}
            />
            <Select
              label={t('territory.import.codeProperty')}
              placeholder={t('common.none')}
              options={propertyOptions}
              value={codeProperty}
              onChange={(event) => setCodeProperty(event.target.value)}
            />
            <Select
              label={t('territory.import.populationProperty')}
              placeholder={t('common.none')}
              options={propertyOptions}
              value={populationProperty}
              onChange={(event) => setPopulationProperty(event.target.value)}
            />
            <Select
              label={t('territory.import.kind')}
              options={enumOptions(t, 'unitKind', territorialUnitKinds)}
              value={kind}
              onChange={(event) => setKind(event.target.value)}
            />
          </div>
          <button
            type="button"
            className="button button-primary"
            disabled={importGeoJson.isPending || !nameProperty}
            onClick={onImport}
          >
            {t('territory.import.run')}
          </button>
        </fieldset>
      ) : null}
      {importGeoJson.isPending ? (
        <div role="status" className="loading">
          <label htmlFor={`${id}-progress`}>{t('territory.import.running')}</label>
          <progress id={`${id}-progress`} className="progress" />
        </div>
      ) : null}
      {importGeoJson.isError ? (
        <p className="alert alert-error" role="alert">
          {describeError(t, importGeoJson.error)}
        </p>
      ) : null}
      {result ? (
        <div className="alert alert-success" role="status">
          <p>
            <strong>{t('territory.import.done')}</strong>{' '}
            {t('territory.import.summary', {
              created: result.created,
              updated: result.updated,
              skipped: result.skipped.length,
            })}
          </p>
          {result.skipped.length > 0 ? (
            <ul>
              {result.skipped.map((skipped) => (
                <li key={skipped.index}>
                  {t('territory.import.skippedItem', {
                    number: skipped.index + 1,
                    reason: translateMessage(t, skipped.reason),
                  })}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
