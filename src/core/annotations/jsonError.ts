// Where a JSON text first goes wrong, as a UTF-16 offset: engines' JSON.parse messages do not
// always say (V8 in Node 20 quotes a snippet instead). A small recursive-descent checker,
// iterative over nesting so deep input cannot overflow the stack.

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// (JSON forbids raw control characters in a string: the class must name them.)
// eslint-disable-next-line no-control-regex
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

/** The offset of the first syntax error in `text`, or -1 if it is valid JSON. */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const skip = (): void => { while (i < text.length && WS.has(text.charCodeAt(i))) i++; };
  const match = (re: RegExp): boolean => {
    re.lastIndex = i;
    if (!re.test(text)) return false;
    i = re.lastIndex;
    return true;
  };
  // Each frame: the container kind and what it expects next.
  const stack: Array<{ kind: 'object' | 'array'; expect: 'key-or-end' | 'key' | 'colon' | 'value' | 'value-or-end' | 'comma-or-end' }> = [];
  const value = (): boolean => {
    const c = text[i];
    if (c === '{') { i++; stack.push({ kind: 'object', expect: 'key-or-end' }); return true; }
    if (c === '[') { i++; stack.push({ kind: 'array', expect: 'value-or-end' }); return true; }
    if (c === '"') return match(STRING);
    if (text.startsWith('true', i)) { i += 4; return true; }
    if (text.startsWith('false', i)) { i += 5; return true; }
    if (text.startsWith('null', i)) { i += 4; return true; }
    return match(NUMBER);
  };
  skip();
  if (!value()) return i;
  for (;;) {
    skip();
    const top = stack[stack.length - 1];
    if (!top) return i < text.length ? i : -1;
    const c = text[i];
    if (i >= text.length) return i;
    switch (top.expect) {
      case 'key-or-end':
      case 'key':
        if (c === '}' && top.expect === 'key-or-end') { i++; stack.pop(); break; }
        if (c !== '"' || !match(STRING)) return i;
        top.expect = 'colon';
        break;
      case 'colon':
        if (c !== ':') return i;
        i++;
        top.expect = 'value';
        break;
      case 'value-or-end':
      case 'value':
        if (c === ']' && top.expect === 'value-or-end') { i++; stack.pop(); break; }
        top.expect = 'comma-or-end';
        skip();
        if (!value()) return i;
        break;
      case 'comma-or-end':
        if (c === ',') { i++; top.expect = top.kind === 'object' ? 'key' : 'value'; break; }
        if ((c === '}' && top.kind === 'object') || (c === ']' && top.kind === 'array')) { i++; stack.pop(); break; }
        return i;
    }
    if (stack.length === 0) {
      skip();
      return i < text.length ? i : -1;
    }
  }
}
