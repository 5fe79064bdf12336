// Building the page without innerHTML: every text from the data goes in as a text node, so nothing in a contract's
// title or a committee decision can ever become markup or script.

/**
 * h('a', {href: '#/x', class: 'lien'}, 'texte', otherNode, [more, nodes]): an element with attributes and children.
 * Attribute values are set with setAttribute (never parsed as HTML); `false`/`null`/`undefined` attributes are
 * left out, `true` ones are set empty. Children: strings and numbers become text nodes; null/false are skipped.
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

export function clear(element) {
  element.replaceChildren();
  return element;
}

/**
 * A data table with a caption and column headers (scope="col"); the first column can be a row header.
 * columns: [{label, numeric, render: row => node or text}]; empty: the sentence shown instead of an empty table.
 */
export function table({caption, columns, rows, empty = 'Aucune donnée.', rowClass, rowHeader = true, id}) {
  if (!rows || rows.length === 0) {
    return h('p', {class: 'vide'}, empty);
  }
  const head = h('tr', {}, columns.map(column =>
    h('th', {scope: 'col', class: column.numeric ? 'n' : null}, column.label)));
  const body = rows.map(row => h('tr', {class: rowClass ? rowClass(row) : null},
    columns.map((column, index) => {
      const cell = column.render(row);
      const tag = rowHeader && index === 0 ? 'th' : 'td';
      return h(tag, {scope: tag === 'th' ? 'row' : null, class: column.numeric ? 'n' : null},
        cell === null || cell === undefined || cell === '' ? '—' : cell);
    })));
  return h('div', {class: 'tableau', id},
    h('table', {}, h('caption', {}, caption), h('thead', {}, head), h('tbody', {}, body)));
}

/** A term/definition list from [[term, definition], ...]; definitions left empty are shown as a dash. */
export function facts(pairs, className = 'faits') {
  return h('dl', {class: className}, pairs.filter(Boolean).map(([term, definition]) => [
    h('dt', {}, term),
    h('dd', {}, definition === null || definition === undefined || definition === '' ? '—' : definition),
  ]));
}

/** A badge: never colour alone, its text says what it means; an icon (hidden from screen readers) may go first. */
export function badge(text, kind = 'neutre', {icon, title} = {}) {
  return h('span', {class: `badge badge-${kind}`, title},
    icon ? h('span', {class: 'icone', 'aria-hidden': 'true'}, icon) : null, text);
}

/** A message in the page (role="alert" for errors, so that screen readers say it at once). */
export function notice(text, kind = 'erreur') {
  return h('div', {class: `alerte alerte-${kind}`, role: kind === 'erreur' ? 'alert' : 'status'},
    h('p', {}, text));
}

export function link(href, text, attributes = {}) {
  return h('a', {href, ...attributes}, text);
}

/** A section with its heading: h2 by default. */
export function section(title, children, {level = 2, id, className} = {}) {
  const headingId = id ? `${id}-titre` : null;
  return h('section', {id, class: className, 'aria-labelledby': headingId},
    h(`h${level}`, {id: headingId}, title), children);
}

/** A figure as the key figures read: a big number and what it counts. */
export function figure(value, label, detail, id) {
  return h('div', {class: 'chiffre', id},
    h('p', {class: 'chiffre-valeur'}, value),
    h('p', {class: 'chiffre-libelle'}, label),
    detail ? h('p', {class: 'chiffre-detail'}, detail) : null);
}
