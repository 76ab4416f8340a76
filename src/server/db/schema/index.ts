export * from './agenda';
export * from './cooperation';
export * from './initiatives';
export * from './investment';
export * from './links';
export * from './partners';
export * from './platform';
export * from './territory';
