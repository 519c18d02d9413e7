import { describe, expect, it } from 'vitest';
import { ansiToHtml } from '../../src/site/ansi-to-html.js';

describe('ansiToHtml', () => {
  it('leaves plain text as it is, escaped', () => {
    expect(ansiToHtml('NAME   READY\npod-a  1/1')).toBe('NAME   READY\npod-a  1/1');
    expect(ansiToHtml(`<script>alert("x")</script> & 'q' &amp;`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39; &amp;amp;',
    );
  });

  it('turns foreground colours into classed spans, closed by 39 and by reset', () => {
    expect(ansiToHtml('\x1b[31mred\x1b[39m plain \x1b[32mgreen\x1b[0m end')).toBe(
      '<span class="ansi-red">red</span> plain <span class="ansi-green">green</span> end',
    );
  });

  it('names every normal and bright colour', () => {
    const normal = [30, 31, 32, 33, 34, 35, 36, 37].map((n) => ansiToHtml(`\x1b[${n}mx`));
    const bright = [90, 91, 92, 93, 94, 95, 96, 97].map((n) => ansiToHtml(`\x1b[${n}mx`));
    expect(normal).toEqual(
      ['black', 'red', 'green', 'yellow', 'blue', 'magenta', 'cyan', 'white'].map((c) => `<span class="ansi-${c}">x</span>`),
    );
    expect(bright).toEqual(
      ['black', 'red', 'green', 'yellow', 'blue', 'magenta', 'cyan', 'white'].map((c) => `<span class="ansi-bright-${c}">x</span>`),
    );
  });

  it('combines bold with a colour, and 22 ends bold but keeps the colour', () => {
    expect(ansiToHtml('\x1b[1;33mwarn\x1b[22m still yellow\x1b[m')).toBe(
      '<span class="ansi-yellow ansi-bold">warn</span><span class="ansi-yellow"> still yellow</span>',
    );
  });

  it('treats an empty SGR and 0 as a reset', () => {
    expect(ansiToHtml('\x1b[1mb\x1b[ma\x1b[1mb\x1b[0ma')).toBe('<span class="ansi-bold">b</span>a<span class="ansi-bold">b</span>a');
  });

  it('drops 256-colour and true-colour arguments without misreading them as other codes', () => {
    // 38;5;1 must not turn bold on (1), and 38;2;4;4;4 must not underline (4).
    expect(ansiToHtml('\x1b[38;5;1mx\x1b[38;2;4;4;4my\x1b[0m')).toBe('xy');
    expect(ansiToHtml('\x1b[38;5;208;1mx')).toBe('<span class="ansi-bold">x</span>');
  });

  it('keeps colours across lines without a span crossing a newline', () => {
    expect(ansiToHtml('\x1b[36mone\ntwo\x1b[0m\nthree')).toBe(
      '<span class="ansi-cyan">one</span>\n<span class="ansi-cyan">two</span>\nthree',
    );
  });

  it('strips cursor moves, erases, OSC titles and hyperlinks, and charset switches', () => {
    const text =
      '\x1b[2K\x1b[1A\x1b[10;5Hmoved' +
      '\x1b]0;window title\x07' +
      '\x1b]8;;https://example.com\x1b\\link\x1b]8;;\x1b\\' +
      '\x1b(B\x1b7\x1b8\x1b[?25l done';
    expect(ansiToHtml(text)).toBe('movedlink done');
  });

  it('never lets an ESC byte or other control byte through', () => {
    const text = 'a\x1b\x1b[\x1b[12\x1b]unterminated osc\nb\x00\x07\x7f\x9b31mc\x1b';
    const html = ansiToHtml(text);
    expect(html).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
    expect(html).toBe('a\nb<span class="ansi-red">c</span>');
  });

  it('overwrites the line after a carriage return, as a progress bar does', () => {
    expect(ansiToHtml('10%\r55%\r100%\nnext')).toBe('100%\nnext');
    expect(ansiToHtml('abcdef\rXY')).toBe('XYcdef');
    expect(ansiToHtml('line\r\nnext')).toBe('line\nnext');
    expect(ansiToHtml('ab\bX')).toBe('aX');
  });

  it('keeps tabs and characters outside the BMP', () => {
    expect(ansiToHtml('a\tb \u{1F600}\rZ')).toBe('Z\tb \u{1F600}');
  });
});
