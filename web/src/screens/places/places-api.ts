import type { placesContract } from '../../../../src/contracts/places.contract.ts';
import type { ResponseOf } from '../../../../src/contracts/client.ts';
import { api, lean } from '../../api/client.ts';
import { uploadWithProgress } from '../../api/upload.ts';

const LIST = lean<typeof placesContract.listPlaces>('GET', '/api/places');
const IMPORT_PATH: (typeof placesContract.importPlaces)['path'] = '/api/places/import';
const EXPORT_PATH: (typeof placesContract.exportPlaces)['path'] = '/api/places/export';

export type PlacePage = ResponseOf<typeof placesContract.listPlaces>;
export type Place = PlacePage['items'][number];
export type PlaceImportResult = ResponseOf<typeof placesContract.importPlaces>;

export interface PlaceFilter {
  q: string;
  includeInactive: boolean;
  page: number;
}
export const PAGE_SIZE = 50;

export const placesKey = (filter: PlaceFilter) => ['admin', 'places', filter] as const;

export const fetchPlaces = (filter: PlaceFilter) =>
  api.call(LIST, {
    query: {
      ...(filter.q ? { q: filter.q } : {}),
      includeInactive: filter.includeInactive ? 'true' : 'false',
      page: filter.page,
      pageSize: PAGE_SIZE,
    } as never,
  });

/** IMPORT_INVALID comes back as an ApiError whose details carry every row error. */
export const importPlaceFile = (file: File) =>
  uploadWithProgress<PlaceImportResult>(
    `${IMPORT_PATH}?${new URLSearchParams({ fileName: file.name })}`,
    file,
  );

export const placesExportUrl = (format: 'xlsx' | 'csv') => `${EXPORT_PATH}?format=${format}`;
