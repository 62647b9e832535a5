export function contractSchemasDefine(): Promise<Record<string, string>>;
