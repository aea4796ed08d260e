/** The domain's types and schemas in one place: import from here, or from the module that defines them. */
export * from './enums.ts';
export * from './fields.ts';
export * from './alert.ts';
export * from './claim.ts';
export * from './record-event.ts';
export * from './report.ts';
