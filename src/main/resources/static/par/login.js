// The login form of /pages/login: logs in through the webapps' own login resource (one session for our pages,
// Tasklist and Cockpit), then opens the page the user asked for. The webapps want their CSRF token, which a GET of
// Tasklist hands out in the X-XSRF-TOKEN header, but only when it makes the session's token: a second attempt (after a
// wrong password) gets no header, so the token is remembered. A login without the right token is refused with 403 and
// ends the session (the webapps' CSRF filter); then the next GET makes a new session and token, and the login is tried
// once more.
document.addEventListener('DOMContentLoaded', function () {
  var form = document.getElementById('login');
  var error = document.getElementById('login-error');
  var token = '';
  function show(message) {
    error.textContent = message;
    error.hidden = false;
  }
  function login() {
    var body = new URLSearchParams();
    body.set('username', form.username.value);
    body.set('password', form.password.value);
    return fetch('/camunda/app/tasklist/default/', {credentials: 'same-origin'})
      .then(function (answer) {
        token = answer.headers.get('X-XSRF-TOKEN') || token;
        return fetch(form.action, {
          method: 'POST', credentials: 'same-origin', body: body,
          headers: {'X-XSRF-TOKEN': token, 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8'}
        });
      });
  }
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    error.hidden = true;
    login()
      .then(function (answer) {
        if (answer.status === 403) {
          token = '';
          return login();
        }
        return answer;
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
