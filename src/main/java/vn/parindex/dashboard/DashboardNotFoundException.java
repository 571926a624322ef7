package vn.parindex.dashboard;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
public class DashboardNotFoundException extends RuntimeException {

    public DashboardNotFoundException(String message) {
        super(message);
    }
}
