export * from './owners'
export * from './customers'
export * from './system'
export * from './pipeline'
