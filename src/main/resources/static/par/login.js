// The login form of /pages/login: logs in through the webapps' own login resource (one session for our pages,
// Tasklist and Cockpit), then opens the page the user asked for. The webapps want their CSRF token, which a GET of
// Tasklist hands out in the X-XSRF-TOKEN header.
document.addEventListener('DOMContentLoaded', function () {
  var form = document.getElementById('login');
  var error = document.getElementById('login-error');
  function show(message) {
    error.textContent = message;
    error.hidden = false;
  }
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    error.hidden = true;
    var body = new URLSearchParams();
    body.set('username', form.username.value);
    body.set('password', form.password.value);
    fetch('/camunda/app/tasklist/default/', {credentials: 'same-origin'})
      .then(function (answer) {
        return fetch(form.action, {
          method: 'POST', credentials: 'same-origin', body: body,
          headers: {'X-XSRF-TOKEN': answer.headers.get('X-XSRF-TOKEN') || '',
                    'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8'}
        });
      })
      .then(function (answer) {
        if (answer.ok) {
          window.location.assign(form.getAttribute('data-next'));
        } else if (answer.status === 401) {
          show('Tên đăng nhập hoặc mật khẩu không đúng.');
        } else if (answer.status === 403) {
          show('Tài khoản này chưa được cấp quyền sử dụng hệ thống. Vui lòng liên hệ quản trị hệ thống.');
        } else if (answer.status === 429) {
          answer.json().then(function (json) { show(json.message); },
                             function () { show('Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau.'); });
        } else {
          show('Không đăng nhập được (mã lỗi ' + answer.status + '). Vui lòng thử lại.');
        }
      })
      .catch(function () { show('Không kết nối được tới máy chủ. Vui lòng thử lại.'); });
  });
});
