// Chỉ số CCHC: the Vietnamese file picker of our upload pages. The browser's own <input type="file"> speaks the
// browser's language ("Choose File / No file chosen") and cannot be relabelled, so it is hidden inside a
// <label class="file-picker"> with our button text, and this script shows the chosen file's name. An external file,
// as the pages' content security policy allows no inline script.
document.querySelectorAll('label.file-picker').forEach((picker) => {
  const input = picker.querySelector('input[type=file]');
  const name = picker.querySelector('.file-picker-name');
  if (!input || !name) {
    return;
  }
  const show = () => {
    const chosen = input.files && input.files.length ? Array.from(input.files).map((file) => file.name).join(', ') : '';
    name.textContent = chosen || name.getAttribute('data-empty');
    picker.classList.toggle('file-picker-chosen', !!chosen);
  };
  input.addEventListener('change', show);
  show();
});
