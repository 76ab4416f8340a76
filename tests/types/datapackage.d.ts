/** The parts of the Frictionless `datapackage` library (v1, no types of its own) the tests use. */
declare module 'datapackage' {
  export class Resource {
    name: string;
    read(options?: { cast?: boolean; keyed?: boolean; relations?: boolean }): Promise<unknown[]>;
  }
  export class Package {
    static load(descriptor: string | object, basePath?: string): Promise<Package>;
    valid: boolean;
    errors: Error[];
    resources: Resource[];
    descriptor: Record<string, unknown>;
    getResource(name: string): Resource | null;
  }
}
