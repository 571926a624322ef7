/*
 * Chỉ số CCHC (PAR Index): a Cockpit custom script (config.js, customScripts), loaded once as an ES module.
 *
 * Cockpit 7.24's variables table (process instance → "Biến") hard-codes some of its words in its template instead
 * of taking them from the locale file, so vi.json cannot translate them: the header "Actions", "<null>" for a value
 * set to null, the link "Download", and the variable types ("String", "Null", "Boolean" …) shown as they are named
 * in the engine; the instance's sidebar writes "null" for a value it does not have. We put Vietnamese text where those words appear. Angular writes such a text node again only when
 * its value changes, and the observer translates it again then.
 */
const WORDS = new Map([
  ['Actions', 'Thao tác'],
  ['Download', 'Tải xuống'],
  ['<null>', '<rỗng>'],
  ['<undefined>', '<không xác định>'],
  // the instance's sidebar: "Mã phiên quy trình cha: null" for an instance nobody called
  ['null', 'không có']
]);

/** The engine's value types, in the table's "Kiểu" column. */
const TYPES = new Map([
  ['Null', 'Rỗng'],
  ['String', 'Văn bản'],
  ['Boolean', 'Đúng/Sai'],
  ['Short', 'Số nguyên'],
  ['Integer', 'Số nguyên'],
  ['Long', 'Số nguyên'],
  ['Double', 'Số thực'],
  ['Date', 'Ngày giờ'],
  ['Json', 'JSON'],
  ['Xml', 'XML'],
  ['Object', 'Đối tượng'],
  ['Bytes', 'Dữ liệu nhị phân'],
  ['File', 'Tệp']
]);

function replaceText(element, words) {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const word = node.data.trim();
    if (words.has(word)) {
      node.data = node.data.replace(word, words.get(word));
    }
  }
}

export function translateVariableTables(root) {
  root.querySelectorAll('.cam-table td.actions, .cam-table .null-symbol, .cam-table .col-value a[download], .null-value')
    .forEach((element) => replaceText(element, WORDS));
  // the type as text (not the select of a row being edited: its options are the engine's names)
  root.querySelectorAll('.cam-table td.col-type > div').forEach((element) => replaceText(element, TYPES));
}

/** The language config.js chose (English with ?lang=en, kept in the browser): then nothing is translated. */
function english() {
  try {
    return window.localStorage.getItem('chiso-cchc.lang') === 'en';
  } catch (e) {
    return false;
  }
}

let pending = null;
const observer = new MutationObserver(() => {
  if (!pending) {
    pending = setTimeout(() => {
      pending = null;
      translateVariableTables(document);
    });
  }
});
if (!english()) {
  observer.observe(document.body, {childList: true, subtree: true, characterData: true});
}

export default [];
