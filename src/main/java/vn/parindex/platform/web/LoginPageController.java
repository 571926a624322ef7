package vn.parindex.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The one login page of our pages: {@code /pages/login?next=}. Its form logs in through the webapps' own login
 * (the same session as Tasklist and Cockpit, the same login throttle), then goes back to the page the user asked for.
 * A browser without a session is sent here by {@link ApiAuthenticationFilter}; scripts keep HTTP Basic.
 */
@Controller
class LoginPageController {

    static final String PATH = "/pages/login";
    private static final String HOME = "/camunda/app/tasklist/default/";

    @GetMapping(PATH)
    String page(@RequestParam(required = false) String next, HttpServletRequest request, Model model) {
        String target = LocalPaths.local(next) == null ? HOME : next;
        if (ApiAuthenticationFilter.sessionUser(request) != null) {
            return "redirect:" + target;
        }
        model.addAttribute("next", target);
        return "pages/login";
    }
}
