import type { categoriesContract } from '../../../../../src/contracts/categories.contract.ts';
import type { ResponseOf } from '../../../../../src/contracts/client.ts';
import { uploadWithProgress } from '../../../api/upload.ts';

export type CategoryImportResult = ResponseOf<typeof categoriesContract.importCategories>;

/**
 * Sends a category file (CSV or XLSX) as the request body; a few hundred rows at most, so a spinner is enough. A
 * session that ended meanwhile gets the re-login dialog, then the same file is sent again.
 */
export const importCategoryFile = (file: File) =>
  uploadWithProgress<CategoryImportResult>(
    `/api/categories/import?fileName=${encodeURIComponent(file.name)}`,
    file,
  );
