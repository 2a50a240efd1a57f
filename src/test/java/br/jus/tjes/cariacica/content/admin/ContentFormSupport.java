package br.jus.tjes.cariacica.content.admin;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Pattern;

import br.jus.tjes.cariacica.support.StaffBrowser;

import static br.jus.tjes.cariacica.support.StaffBrowser.location;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Filling the content forms through a real staff browser: create, read the version, save.
 */
final class ContentFormSupport {

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    private static final Pattern ID = Pattern.compile("/(\\d+)$");

    private ContentFormSupport() {
    }

    /**
     * Creates through the form at {@code /admin/conteudo/<section>/novo}; returns the new
     * item's id.
     */
    static long create(StaffBrowser browser, String section, Map<String, String> fields) {
        String path = "/admin/conteudo/" + section + "/novo";
        var response = browser.post(path, path, fields);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        var matcher = ID.matcher(location(response));
        assertThat(matcher.find()).as(location(response)).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    /** The version in the edit form at this path. */
    static String version(StaffBrowser browser, String formPath) {
        var matcher = VERSION.matcher(browser.get(formPath).body());
        assertThat(matcher.find()).as("version on " + formPath).isTrue();
        return matcher.group(1);
    }

    /** Saves the edit form at this path with the version it shows now. */
    static HttpResponse<String> save(StaffBrowser browser, String formPath, Map<String, String> fields) {
        var withVersion = new java.util.LinkedHashMap<>(fields);
        withVersion.put("version", version(browser, formPath));
        return browser.post(formPath, formPath, withVersion);
    }

}
