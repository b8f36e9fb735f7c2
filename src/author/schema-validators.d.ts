/** Precompiled validators of src/core/schema/schemas.ts (src/cli/vite-plugin-schema-validators.ts). */
declare module 'virtual:cm-schema-validators' {
  import type { ErrorObject } from 'ajv';

  /** A validator as Ajv's standalone code makes it. */
  type PrecompiledValidator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
  /** By the schema's export name. */
  export const validators: Record<string, PrecompiledValidator>;
  /** By the schema object itself. */
  export const validatorsBySchema: Map<object, PrecompiledValidator>;
}
