/** Whole seconds held as a trader reads them: "45 s", "12 min", "3 h 5 min", "2 d 4 h". */
export function formatDuration(seconds) {
  if (seconds == null || seconds === '') {
    return '—';
  }
  const total = Number(seconds);
  if (!Number.isFinite(total) || total < 0) {
    return String(seconds);
  }
  if (total < 60) {
    return `${total} s`;
  }
  const minutes = Math.floor(total / 60);
  if (minutes < 60) {
    return `${minutes} min`;
  }
  const hours = Math.floor(minutes / 60);
  if (hours < 24) {
    return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  }
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${days} d ${hours % 24} h` : `${days} d`;
}
