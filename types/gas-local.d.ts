declare module 'gas-local' {
  const gas: {
    require(folderPath: string, globalObject?: object, options?: { filter?: (file: string) => boolean }): Record<string, unknown>;
  };
  export default gas;
}
