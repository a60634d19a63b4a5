/**
 * The attention chime: two soft tones made in the page with Web Audio (no sound file, no
 * network), loud enough to turn a head at the desk. Where audio is unavailable it stays silent:
 * the "Staff needed" band and the urgent slip still call staff.
 */
export function playAttentionChime(): boolean {
  try {
    const context = new AudioContext();
    const start = context.currentTime + 0.05;
    const notes = [
      { frequency: 880, at: 0 },
      { frequency: 660, at: 0.45 },
      { frequency: 880, at: 0.9 },
      { frequency: 660, at: 1.35 },
    ];
    for (const note of notes) {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.type = 'sine';
      oscillator.frequency.value = note.frequency;
      // A quick rise and a slow fall: a chime, not a beep.
      gain.gain.setValueAtTime(0.0001, start + note.at);
      gain.gain.exponentialRampToValueAtTime(0.4, start + note.at + 0.03);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + note.at + 0.42);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(start + note.at);
      oscillator.stop(start + note.at + 0.45);
    }
    setTimeout(() => void context.close().catch(() => undefined), 2_500);
    return true;
  } catch {
    return false;
  }
}
