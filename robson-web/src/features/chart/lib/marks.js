/** Performance marks around the chart's setData, read by bench/web and visible in the browser's profiler. */
export const MARKS = Object.freeze({
  start: 'robson:chart:setData:start',
  end: 'robson:chart:setData:end',
  setData: 'robson:chart:setData',
  painted: 'robson:chart:painted',
});
