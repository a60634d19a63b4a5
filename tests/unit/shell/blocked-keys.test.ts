import { describe, expect, it } from 'vitest';
import { blockedKeyFor, type KeyInput } from '../../../electron/core/shell-policy/blocked-keys.ts';

function press(key: string, modifiers: Partial<Pick<KeyInput, 'control' | 'meta' | 'alt' | 'shift'>> = {}, code?: string): KeyInput {
  return { type: 'keyDown', key, code, control: false, meta: false, alt: false, shift: false, ...modifiers };
}

describe('the kiosk key filter', () => {
  const blocked: Array<[string, KeyInput]> = [
    ['Ctrl+W', press('w', { control: true })],
    ['Cmd+W', press('w', { meta: true })],
    ['Ctrl+Q', press('q', { control: true })],
    ['Cmd+Q', press('q', { meta: true })],
    ['Ctrl+R', press('r', { control: true })],
    ['Ctrl+Shift+R', press('R', { control: true, shift: true })],
    ['Ctrl+Shift+I', press('I', { control: true, shift: true })],
    ['Cmd+Alt+I', press('i', { meta: true, alt: true })],
    ['Ctrl+P', press('p', { control: true })],
    ['Ctrl++', press('+', { control: true, shift: true })],
    ['Ctrl+=', press('=', { control: true })],
    ['Ctrl+numpad +', press('+', { control: true }, 'NumpadAdd')],
    ['Ctrl+-', press('-', { control: true })],
    ['Ctrl+numpad -', press('-', { control: true }, 'NumpadSubtract')],
    ['Ctrl+0', press('0', { control: true })],
    ['F5', press('F5')],
    ['Ctrl+F5', press('F5', { control: true })],
    ['F11', press('F11')],
    ['F12', press('F12')],
    ['Alt+F4', press('F4', { alt: true })],
    // A Cyrillic layout: the key is a letter we do not list, the physical key is still W.
    ['Ctrl+W on a Russian layout', press('ц', { control: true }, 'KeyW')],
  ];
  it.each(blocked)('blocks %s', (_name, input) => {
    expect(blockedKeyFor(input)).not.toBeNull();
  });

  const allowed: Array<[string, KeyInput]> = [
    ['a letter', press('w')],
    ['a capital letter', press('Q', { shift: true })],
    ['a digit', press('0')],
    ['Enter', press('Enter')],
    ['Tab (keyboard users move between buttons)', press('Tab')],
    ['Space', press(' ')],
    ['an arrow', press('ArrowDown')],
    ['Ctrl+I without Shift', press('i', { control: true })],
    ['Shift+I without Ctrl', press('I', { shift: true })],
    ['F4 without Alt', press('F4')],
    ['Escape', press('Escape')],
  ];
  it.each(allowed)('lets %s through', (_name, input) => {
    expect(blockedKeyFor(input)).toBeNull();
  });

  it('gives every blocked key a reason', () => {
    for (const [, input] of blocked) expect(blockedKeyFor(input)?.why).toMatch(/\w{4,}/);
  });
});
