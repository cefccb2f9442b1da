/** The errors the double throws, with Office's codes and messages (RichApi.Error). */

export class DoubleError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(code: string, message: string, location?: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message, errorLocation: location };
  }
}

export function propertyNotLoaded(name: string): DoubleError {
  return new DoubleError(
    'PropertyNotLoaded',
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

export function invalidArgument(location?: string): DoubleError {
  return new DoubleError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.', location);
}

export function itemNotFound(location?: string): DoubleError {
  return new DoubleError('ItemNotFound', "The requested resource doesn't exist.", location);
}

export function notImplemented(what: string): DoubleError {
  return new DoubleError('NotImplemented', `The Excel double does not implement ${what}.`, what);
}
