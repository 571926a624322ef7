/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

// Vietnamese is the language of every page, whatever the browser's language; English on request with ?lang=en in
// the address (remembered in this browser), back with ?lang=vi. The webapps take navigator.languages[0] when it is
// among availableLocales, so only the chosen language is offered.
const chosenLanguage = (() => {
  try {
    const requested = new URLSearchParams(window.location.search).get('lang');
    if (requested === 'vi' || requested === 'en') {
      window.localStorage.setItem('chiso-cchc.lang', requested);
    }
    return window.localStorage.getItem('chiso-cchc.lang') === 'en' ? 'en' : 'vi';
  } catch (e) {
    return 'vi';
  }
})();

export default {
  // Chỉ số CCHC (PAR Index) customisation, based on the Camunda 7.24.0 original of this file.
  // Changed: app name/vendor, locales (Vietnamese by default, English with ?lang=en; see chosenLanguage above).
  // Translations: ../locales/vi.json.
  app: {
    name: 'Danh sách công việc',
    vendor: 'Chỉ số CCHC –'
  },
  locales: {
    availableLocales: [chosenLanguage],
    fallbackLocale: chosenLanguage
  },
  // counts on every filter, Vietnamese messages of Camunda Forms (see the script)
  customScripts: ['scripts/chiso-cchc-tasklist'],
  // change the app name and vendor
  // app: {
  //   name: 'Todos',
  //   vendor: 'Company'
  // },
  //
  // configure the date format
  // "dateFormat": {
  //   "normal": "LLL",
  //   "long":   "LLLL"
  // },
  //
  // "locales": {
  //    "availableLocales": ["en", "de"],
  //    "fallbackLocale": "en"
  //  },
  // customScripts: [
  //   // If you have a folder called 'my-custom-script' (in the 'tasklist' folder)
  //   // with a file called 'customScript.js' in it
  //   // 'my-custom-script/customScript'
  // ],
  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `scripts` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // assignProcessInstanceIdToTaskComment: true,

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'nhận công việc đang chọn'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'chuyển tới bộ lọc đầu tiên trong danh sách'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'chuyển tới công việc đầu tiên trong danh sách'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'chuyển tới ô nhập liệu đầu tiên của biểu mẫu công việc'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'mở hộp thoại khởi tạo quy trình'
    }
  }
};
