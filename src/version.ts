import pkg from '../package.json' with { type: 'json' }

/** The version of this PDS, from package.json; `/xrpc/_health` reports it. */
export const PDS_VERSION: string = pkg.version
