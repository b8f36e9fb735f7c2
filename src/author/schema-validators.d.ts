/** Precompiled validators of src/core/schema/schemas.ts, by export name (src/cli/vite-plugin-schema-validators.ts). */
declare module 'virtual:cm-schema-validators' {
  import type { ErrorObject } from 'ajv';

  type PrecompiledValidator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
  const validators: Record<string, PrecompiledValidator>;
  export = validators;
}
