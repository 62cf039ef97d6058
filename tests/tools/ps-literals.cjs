// A quote-aware scan of PowerShell source, independent of tree-sitter-powershell:
// that grammar knows only U+0027 as a single quote, while PowerShell also ends (and
// doubles) a single-quoted string at U+2018, U+2019, U+201A and U+201B, so
// 'a’; Stop-Computer; ‘b' is one string to the grammar but a command to PowerShell.
// This scan follows PowerShell's tokenizer for what matters to a literal: single- and
// double-quoted strings (with their typographic quotes), here-strings, line and
// block comments. Everything else is code.
'use strict';

const singleQuotes = new Set(['\u0027', '\u2018', '\u2019', '\u201a', '\u201b']);
const doubleQuotes = new Set(['\u0022', '\u201c', '\u201d', '\u201e']);
const payloadCommands = ['stop-service', 'stop-computer', 'remove-item'];

// Splits the source into spans {kind: 'code'|'single'|'double'|'here'|'comment', start, end}.
// `problems` receives unterminated strings and comments.
function tokenize(src, problems) {
  const spans = [];
  let code = 0;
  const push = (kind, start, end) => {
    if (start > code) spans.push({ kind: 'code', start: code, end: start });
    spans.push({ kind, start, end });
    code = end;
  };
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    const atLineStart = (at) => at === 0 || src[at - 1] === '\n';
    if (c === '<' && src[i + 1] === '#') {
      const end = src.indexOf('#>', i + 2);
      if (end < 0) { problems.push(`unterminated block comment at ${i}`); push('comment', i, src.length); break; }
      push('comment', i, end + 2); i = end + 2; continue;
    }
    // '#' starts a comment only where a token starts (a#b is one word to PowerShell).
    if (c === '#' && (i === 0 || /[\s;|&(){},]/.test(src[i - 1]))) {
      const nl = src.indexOf('\n', i);
      const end = nl < 0 ? src.length : nl;
      push('comment', i, end); i = end; continue;
    }
    if (c === '@' && (singleQuotes.has(src[i + 1]) || doubleQuotes.has(src[i + 1]))
        && (src[i + 2] === '\n' || (src[i + 2] === '\r' && src[i + 3] === '\n'))) {
      // A here-string ends at a line that starts with the quote and '@.
      const quotes = singleQuotes.has(src[i + 1]) ? singleQuotes : doubleQuotes;
      let j = src.indexOf('\n', i) + 1;
      let end = -1;
      while (j > 0 && j < src.length) {
        if (quotes.has(src[j]) && src[j + 1] === '@' && atLineStart(j)) { end = j + 2; break; }
        const nl = src.indexOf('\n', j);
        j = nl < 0 ? -1 : nl + 1;
      }
      if (end < 0) { problems.push(`unterminated here-string at ${i}`); push('here', i, src.length); break; }
      push('here', i, end); i = end; continue;
    }
    if (singleQuotes.has(c)) {
      let j = i + 1;
      for (;;) {
        if (j >= src.length) { problems.push(`unterminated single-quoted string at ${i}`); j = src.length; break; }
        if (singleQuotes.has(src[j])) {
          if (singleQuotes.has(src[j + 1])) { j += 2; continue; } // a doubled quote, any of the five
          ++j; break;
        }
        ++j;
      }
      push('single', i, j); i = j; continue;
    }
    if (doubleQuotes.has(c)) {
      let j = i + 1;
      for (;;) {
        if (j >= src.length) { problems.push(`unterminated double-quoted string at ${i}`); j = src.length; break; }
        if (src[j] === '`') { j += 2; continue; }
        if (doubleQuotes.has(src[j])) {
          if (doubleQuotes.has(src[j + 1])) { j += 2; continue; }
          ++j; break;
        }
        ++j;
      }
      push('double', i, j); i = j; continue;
    }
    ++i;
  }
  if (code < src.length) spans.push({ kind: 'code', start: code, end: src.length });
  return spans;
}

// Problems of one script: each occurrence of `marker` must lie in a comment or in ONE
// single-quoted literal that starts with it and holds the value's end ("end'" doubled);
// no payload command may appear in code.
function checkLiterals(source, marker) {
  const problems = [];
  if (source.charCodeAt(0) === 0xfeff) source = source.slice(1);
  const spans = tokenize(source, problems);
  for (const s of spans) {
    if (s.kind !== 'code') continue;
    const text = source.slice(s.start, s.end).toLowerCase();
    for (const cmd of payloadCommands) {
      if (text.includes(cmd)) problems.push(`command ${cmd} outside any literal at ${s.start}`);
    }
  }
  if (marker) {
    for (let at = source.indexOf(marker); at >= 0; at = source.indexOf(marker, at + 1)) {
      const s = spans.find((span) => span.start <= at && at < span.end);
      if (s.kind === 'comment') continue;
      const t = source.slice(s.start, s.end);
      // A constant suffix such as \Rpc (Default Web Site) may follow the value inside
      // the same literal.
      const whole = s.kind === 'single' && s.start + 1 === at && /end[\u0027\u2018-\u201b]{2}/.test(t)
        && singleQuotes.has(t[t.length - 1]);
      if (!whole) problems.push(`value at ${at} is not one whole single-quoted literal (${s.kind}): ${JSON.stringify(t.slice(0, 50))}`);
    }
  }
  return problems;
}

module.exports = { checkLiterals, tokenize };
