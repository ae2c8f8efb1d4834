package com.telekpr.admin.application.signin;

import com.telekpr.admin.domain.staff.StaffAccount;
import java.time.Duration;

/** A staff token and the refresh cookie's new secret, for the account they sign in. */
public record SignedIn(StaffAccount account, String token, Duration tokenLifetime, String sessionSecret, Duration sessionLifetime) {
}
