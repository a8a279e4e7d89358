/**
 * The look every chart shares. The library's own logo arrives with an inline <style> element,
 * which the page's Content-Security-Policy refuses, so it is off and captions credit TradingView.
 */
export const CHART_THEME = Object.freeze({
  autoSize: true,
  layout: { background: { color: '#ffffff' }, textColor: '#212529', attributionLogo: false },
  grid: { vertLines: { color: '#eef0f2' }, horzLines: { color: '#eef0f2' } },
  rightPriceScale: { borderColor: '#dee2e6' },
  timeScale: { borderColor: '#dee2e6', timeVisible: true, secondsVisible: false },
});

export const UP = '#198754';
export const DOWN = '#dc3545';

export const CANDLE_COLOURS = Object.freeze({
  upColor: UP, downColor: DOWN, borderUpColor: UP, borderDownColor: DOWN, wickUpColor: UP, wickDownColor: DOWN,
});
