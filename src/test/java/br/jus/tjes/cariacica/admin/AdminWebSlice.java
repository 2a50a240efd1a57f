package br.jus.tjes.cariacica.admin;

import br.jus.tjes.cariacica.content.SiteContent;
import br.jus.tjes.cariacica.site.Dates;
import br.jus.tjes.cariacica.site.LayoutData;
import br.jus.tjes.cariacica.support.WebSliceBeans;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The staff area's own controllers (sign-in page, staff home, accounts) in a web slice,
 * with the account service mocked: a test states the view, the model and the error code
 * of each field. Spring Security runs with its defaults (every request signed in, CSRF
 * on), so a test signs in with {@code @WithMockUser} and posts with a CSRF token; the
 * site's role rules are {@code StaffAccessMatrixTests}'s. Every admin slice test extends
 * this class and declares nothing else, so all of them share one context.
 */
@WebMvcTest(controllers = { AccountController.class, StaffHomeController.class, LoginController.class },
        properties = WebSliceBeans.NO_DATABASE)
@Import({ LayoutData.class, Dates.class, WebSliceBeans.class })
abstract class AdminWebSlice {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    AccountService accounts;

    /** For the layout's footer, which reads the unit on every page. */
    @MockitoBean
    SiteContent content;

}
