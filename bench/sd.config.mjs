// Style Dictionary 4.4 configuration for the benchmark (see run.sh and README.md).
// Input: the DTCG light-theme tokens our exporter writes with ColorFormat.HEX ($value "#rrggbb"),
// given as SD_SOURCE. Output: css/variables and json, under SD_BUILD.
const source = process.env.SD_SOURCE;
const buildPath = process.env.SD_BUILD;
if (!source || !buildPath) {
  throw new Error('set SD_SOURCE (a DTCG tokens file) and SD_BUILD (an output directory)');
}
const dir = buildPath.endsWith('/') ? buildPath : buildPath + '/';

export default {
  source: [source],
  usesDtcg: true,
  platforms: {
    css: {
      transformGroup: 'css',
      buildPath: dir + 'css/',
      files: [{ destination: 'variables.css', format: 'css/variables' }],
    },
    json: {
      transformGroup: 'js',
      buildPath: dir + 'json/',
      files: [{ destination: 'tokens.json', format: 'json' }],
    },
  },
};
