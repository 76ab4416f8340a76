export * from './initiatives';
export * from './links';
export * from './partners';
export * from './platform';
export * from './territory';
