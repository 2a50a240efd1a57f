package br.jus.tjes.cariacica.content.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import br.jus.tjes.cariacica.content.ContentDraft;

/** The unit's texts, address and the links citizens use to find it. */
class UnitForm extends ContentForm<ContentDraft.Unit> {

    @NotBlank(message = "{conteudo.obrigatorio}")
    @Size(max = 200, message = "{conteudo.tamanho}")
    private String name;

    @NotBlank(message = "{conteudo.obrigatorio}")
    @Size(max = 20_000, message = "{conteudo.tamanho}")
    private String handlesMarkdown;

    @NotBlank(message = "{conteudo.obrigatorio}")
    @Size(max = 20_000, message = "{conteudo.tamanho}")
    private String notHandledMarkdown;

    @NotBlank(message = "{conteudo.obrigatorio}")
    @Size(max = 200, message = "{conteudo.tamanho}")
    private String street;

    @NotBlank(message = "{conteudo.obrigatorio}")
    @Size(max = 100, message = "{conteudo.tamanho}")
    private String district;

    @NotBlank(message = "{conteudo.obrigatorio}")
    @Size(max = 100, message = "{conteudo.tamanho}")
    private String city;

    @NotBlank(message = "{conteudo.obrigatorio}")
    @Pattern(regexp = "^\\s*[A-Z]{2}\\s*$", message = "{conteudo.unidade.uf}")
    private String state;

    @NotBlank(message = "{conteudo.obrigatorio}")
    @Pattern(regexp = "^\\s*\\d{5}-?\\d{3}\\s*$", message = "{conteudo.unidade.cep}")
    private String postalCode;

    @NotBlank(message = "{conteudo.obrigatorio}")
    @Size(max = 500, message = "{conteudo.tamanho}")
    private String mapUrl;

    @NotBlank(message = "{conteudo.obrigatorio}")
    @Size(max = 20_000, message = "{conteudo.tamanho}")
    private String accessibilityMarkdown;

    @NotBlank(message = "{conteudo.obrigatorio}")
    @Size(max = 20_000, message = "{conteudo.tamanho}")
    private String plantaoMarkdown;

    @NotBlank(message = "{conteudo.obrigatorio}")
    @Size(max = 20_000, message = "{conteudo.tamanho}")
    private String ouvidoriaMarkdown;

    @NotBlank(message = "{conteudo.obrigatorio}")
    @Size(max = 20_000, message = "{conteudo.tamanho}")
    private String defensoriaMarkdown;

    @NotBlank(message = "{conteudo.obrigatorio}")
    @Size(max = 300, message = "{conteudo.tamanho}")
    private String privacyOfficerContact;

    static UnitForm of(ContentDraft.Unit draft) {
        var form = new UnitForm();
        form.name = draft.name();
        form.handlesMarkdown = draft.handlesMarkdown();
        form.notHandledMarkdown = draft.notHandledMarkdown();
        form.street = draft.street();
        form.district = draft.district();
        form.city = draft.city();
        form.state = draft.state();
        form.postalCode = draft.postalCode();
        form.mapUrl = draft.mapUrl();
        form.accessibilityMarkdown = draft.accessibilityMarkdown();
        form.plantaoMarkdown = draft.plantaoMarkdown();
        form.ouvidoriaMarkdown = draft.ouvidoriaMarkdown();
        form.defensoriaMarkdown = draft.defensoriaMarkdown();
        form.privacyOfficerContact = draft.privacyOfficerContact();
        return form;
    }

    @Override
    ContentDraft.Unit toDraft() {
        return new ContentDraft.Unit(name, handlesMarkdown, notHandledMarkdown, street, district, city, strip(state),
                strip(postalCode), mapUrl, accessibilityMarkdown, plantaoMarkdown, ouvidoriaMarkdown,
                defensoriaMarkdown, privacyOfficerContact);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getHandlesMarkdown() {
        return handlesMarkdown;
    }

    public void setHandlesMarkdown(String handlesMarkdown) {
        this.handlesMarkdown = handlesMarkdown;
    }

    public String getNotHandledMarkdown() {
        return notHandledMarkdown;
    }

    public void setNotHandledMarkdown(String notHandledMarkdown) {
        this.notHandledMarkdown = notHandledMarkdown;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getMapUrl() {
        return mapUrl;
    }

    public void setMapUrl(String mapUrl) {
        this.mapUrl = mapUrl;
    }

    public String getAccessibilityMarkdown() {
        return accessibilityMarkdown;
    }

    public void setAccessibilityMarkdown(String accessibilityMarkdown) {
        this.accessibilityMarkdown = accessibilityMarkdown;
    }

    public String getPlantaoMarkdown() {
        return plantaoMarkdown;
    }

    public void setPlantaoMarkdown(String plantaoMarkdown) {
        this.plantaoMarkdown = plantaoMarkdown;
    }

    public String getOuvidoriaMarkdown() {
        return ouvidoriaMarkdown;
    }

    public void setOuvidoriaMarkdown(String ouvidoriaMarkdown) {
        this.ouvidoriaMarkdown = ouvidoriaMarkdown;
    }

    public String getDefensoriaMarkdown() {
        return defensoriaMarkdown;
    }

    public void setDefensoriaMarkdown(String defensoriaMarkdown) {
        this.defensoriaMarkdown = defensoriaMarkdown;
    }

    public String getPrivacyOfficerContact() {
        return privacyOfficerContact;
    }

    public void setPrivacyOfficerContact(String privacyOfficerContact) {
        this.privacyOfficerContact = privacyOfficerContact;
    }

}
