// The Frictionless JS libraries ship no types; these cover the calls test/frictionless.ts makes.
declare module "datapackage" {
  interface ValidationError {
    message: string;
  }
  interface RowError extends Error {
    rowNumber?: number;
    errors?: (Error & { rowNumber?: number })[];
  }
  interface Resource {
    name: string;
    read(options: { keyed: boolean; forceCast: boolean }): Promise<(object | RowError)[]>;
    valid: boolean;
    errors: ValidationError[];
    tabular: boolean;
    descriptor: { path: string; schema: unknown; profile?: string };
  }
  interface Package {
    valid: boolean;
    errors: ValidationError[];
    profile: { name: string };
    resources: Resource[];
  }
  const datapackage: {
    Package: {
      load(descriptor: object, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
    };
  };
  export default datapackage;
}
