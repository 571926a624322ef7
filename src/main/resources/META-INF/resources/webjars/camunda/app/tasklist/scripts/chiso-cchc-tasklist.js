/*
 * Chỉ số CCHC (PAR Index): a Tasklist custom script (config.js, customScripts), loaded once as an ES module.
 *
 * 1. Counts on every filter. Tasklist 7.24 shows the number of tasks only beside the selected filter; an officer who
 *    lands on an empty "Việc của tôi" does not see that "Việc của đơn vị" holds the unit's work. The counts come from
 *    the engine's filter list with itemCount (the same REST API and login as Tasklist itself), refreshed every 15 s
 *    and after the page changes (a claim, a completed task).
 * 2. Vietnamese validation messages in Camunda Forms. form-js 1.8.7 hard-codes its client-side messages in English
 *    ("Field is required.", "Field must have minimum value of 0."); no option translates them. The messages are
 *    rendered as text in .fjs-form-field-error; we translate that text where it appears. form-js re-renders a message
 *    only when it changes, so the Vietnamese text stays until the next English one, which is translated again.
 * 3. One clear banner line. Tasklist writes a failure as "<status> : <message>" (two bold parts and the spaces between
 *    them), and our Vietnamese statuses end with a full stop: "Không thể lưu công việc. : Kỳ đánh giá …". The banner
 *    reads "<status>: <message>" instead.
 */
const appRoot = document.querySelector('base').getAttribute('app-root');
const engine = document.querySelector('base').getAttribute('engine-name') || 'default';

/** Decimal comma, as everything else the users read: "1.5" -> "1,5". */
const vietnameseNumber = (text) => text.replace(/(\d)\.(\d)/g, '$1,$2');

const MESSAGES = [
  [/^Field is required\.$/, () => 'Vui lòng nhập thông tin này (bắt buộc).'],
  [/^Field must have minimum value of (.+)\.$/, (m) => `Giá trị không được nhỏ hơn ${vietnameseNumber(m[1])}.`],
  [/^Field must have maximum value of (.+)\.$/, (m) => `Giá trị không được lớn hơn ${vietnameseNumber(m[1])}.`],
  [/^Field must have minimum length of (.+)\.$/, (m) => `Cần nhập ít nhất ${m[1]} ký tự.`],
  [/^Field must have maximum length of (.+)\.$/, (m) => `Chỉ được nhập tối đa ${m[1]} ký tự.`],
  [/^Field must match pattern .*\.$/, () => 'Giá trị không đúng định dạng yêu cầu.'],
  [/^Field must be a valid email\.$/, () => 'Địa chỉ e-mail không hợp lệ.'],
  [/^Field must be a valid\s+international phone number\..*$/, () => 'Số điện thoại không hợp lệ (dạng quốc tế, ví dụ +84912345678).'],
  [/^Value is not a number\.$/, () => 'Giá trị phải là một số.'],
  [/^Value is expected to be an integer\.$/, () => 'Giá trị phải là số nguyên.'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, (m) => `Chỉ được có tối đa ${m[1]} chữ số thập phân.`],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    (m) => `Giá trị không hợp lệ; hai giá trị hợp lệ gần nhất là ${vietnameseNumber(m[1])} và ${vietnameseNumber(m[2])}.`]
];

export function translateMessage(text) {
  const trimmed = text.trim();
  for (const [pattern, vietnamese] of MESSAGES) {
    const match = trimmed.match(pattern);
    if (match) {
      return vietnamese(match);
    }
  }
  return null;
}

function translateFormMessages(root) {
  root.querySelectorAll('.fjs-form-field-error').forEach((error) => {
    const walker = document.createTreeWalker(error, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const vietnamese = translateMessage(node.data);
      if (vietnamese) {
        node.data = vietnamese;
      }
    }
  });
}

function tidyBanners(root) {
  root.querySelectorAll('.alert strong.status').forEach((status) => {
    const colon = status.nextElementSibling;
    if (!colon || colon.tagName !== 'STRONG' || colon.textContent.trim() !== ':') {
      return;
    }
    const text = status.textContent.trim();
    if (text.endsWith('.')) {
      status.textContent = text.slice(0, -1);
    }
    for (let node = status.nextSibling; node && node !== colon;) {
      const next = node.nextSibling;
      if (node.nodeType === Node.TEXT_NODE && !node.data.trim()) {
        node.remove();
      }
      node = next;
    }
  });
}

/**
 * A start form refused by the server shows its banner at the top of the dialog, while the user pressed "Khởi tạo" at
 * the bottom of a long form (the cycle's start form lists the year's dates): bring each new banner of a dialog into
 * view, once, so the refusal is read where it is shown.
 */
const bannersShown = new WeakSet();

function revealDialogBanners(root) {
  root.querySelectorAll('.modal-dialog .alert').forEach((alert) => {
    if (!bannersShown.has(alert) && alert.getBoundingClientRect().height > 0) {
      bannersShown.add(alert);
      alert.scrollIntoView({block: 'nearest'});
    }
  });
}

/**
 * form-js writes a number field's value back with a decimal point once the field is left ("1,5" typed shows "1.5"),
 * while every other number users read has the decimal comma. Outside the field being typed in, the text shown gets
 * the comma; form-js keeps its own value (a number) and reads a comma typed later as it does now.
 */
function commaNumberInputs(root) {
  root.querySelectorAll('.fjs-form-field-number input.fjs-input').forEach((input) => {
    if (input.type === 'text' && document.activeElement !== input && /\d\.\d/.test(input.value)) {
      input.value = vietnameseNumber(input.value);
    }
  });
}

document.addEventListener('focusout', () => setTimeout(() => commaNumberInputs(document)), true);

let counting = null;

async function showFilterCounts() {
  if (counting || !document.querySelector('.task-filter')) {
    return;
  }
  counting = (async () => {
    try {
      const response = await fetch(`${appRoot}/api/engine/engine/${engine}/filter?resourceType=Task&itemCount=true`,
        {headers: {Accept: 'application/json'}, credentials: 'same-origin'});
      if (!response.ok) {
        return;
      }
      const counts = new Map((await response.json()).map((filter) => [filter.name, filter.itemCount]));
      document.querySelectorAll('.task-filter').forEach((item) => {
        const link = item.querySelector('h4.name a');
        if (!link) {
          return;
        }
        const name = link.firstChild ? link.firstChild.textContent.trim() : '';
        if (!counts.has(name)) {
          return;
        }
        let badge = link.querySelector('.chiso-filter-count');
        if (!badge) {
          badge = document.createElement('span');
          badge.className = 'chiso-filter-count';
          link.appendChild(badge);
        }
        const text = String(counts.get(name));
        if (badge.textContent !== text) {
          badge.textContent = text;
        }
        badge.classList.toggle('chiso-filter-count-empty', counts.get(name) === 0);
        item.setAttribute('data-count', text);
      });
    } catch (e) {
      // counts are a help, never a failure of Tasklist
    } finally {
      counting = null;
    }
  })();
}

let pending = null;
const observer = new MutationObserver(() => {
  translateFormMessages(document);
  tidyBanners(document);
  revealDialogBanners(document);
  commaNumberInputs(document);
  if (!pending) {
    // several mutations come at once: count once after they settle
    pending = setTimeout(() => {
      pending = null;
      showFilterCounts();
    }, 400);
  }
});
observer.observe(document.body, {childList: true, subtree: true, characterData: true});
setInterval(showFilterCounts, 15000);

export default [];
