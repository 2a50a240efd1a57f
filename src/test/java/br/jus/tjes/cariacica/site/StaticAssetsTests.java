package br.jus.tjes.cariacica.site;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import static br.jus.tjes.cariacica.support.WebClientSupport.get;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaticAssetsTests {

    @LocalServerPort
    int port;

    @Autowired
    ResourceUrlProvider resources;

    @Test
    void onlyTheAssetFoldersAreLookedUpAsStaticFilesNotEveryPageLink() {
        // A catch-all /** resource mapping sends every link a page writes through a
        // classpath search.
        assertThat(this.resources.getHandlerMap().keySet()).containsExactlyInAnyOrder("/css/**", "/js/**", "/img/**");
        assertThat(this.resources.getForLookupPath("/pauta")).isNull();
        assertThat(this.resources.getForLookupPath("/img/brasao.svg")).matches("/img/brasao-[0-9a-f]{32}\\.svg");
    }

    @Test
    void anUnknownAddressOutsideTheAssetFoldersIsThePortugueseNotFoundPage() {
        var response = get(this.port, "/nao-existe.txt");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("<html lang=\"pt-BR\"");
    }

    @Test
    void assetUrlsInThePageCarryAContentHashAndAreCachedForAYear() {
        String page = get(this.port, "/").body();
        var matcher = Pattern.compile("/(?:css|js)/site-([0-9a-f]{32})\\.(?:css|js)").matcher(page);
        int found = 0;
        while (matcher.find()) {
            found++;
            var asset = get(this.port, matcher.group(), "Accept-Encoding", "identity");
            assertThat(asset.statusCode()).isEqualTo(200);
            assertThat(asset.headers().firstValue("Cache-Control"))
                .hasValueSatisfying((value) -> assertThat(value).contains("max-age=31536000").contains("public"));
        }
        assertThat(found).as("hashed stylesheet and script in the layout").isEqualTo(2);
        assertThat(page).doesNotContain("href=\"/css/site.css\"");
    }

    @Test
    void publicHtmlIsRevalidatedNotForbiddenToStoreSoTheBackForwardCacheKeepsIt() {
        var response = get(this.port, "/");

        // The page is the same for every visitor with the same contrast cookie: no token,
        // no session in it.
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(response.headers().firstValue("Vary"))
            .hasValueSatisfying((value) -> assertThat(value).containsIgnoringCase("Cookie"));
        assertThat(response.headers().firstValue("ETag")).isPresent();
    }

    @Test
    void textResponsesAreCompressedWhenTheClientAcceptsGzip() {
        var response = get(this.port, "/", "Accept-Encoding", "gzip");

        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
    }

}
