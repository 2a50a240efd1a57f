package br.jus.tjes.cariacica.content.admin;

import br.jus.tjes.cariacica.content.ContentDraft;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

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

    @Size(max = 40, message = "{conteudo.tamanho}")
    private String defensoriaPhone;

    @Size(max = 300, message = "{conteudo.tamanho}")
    private String defensoriaUrl;

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
        form.defensoriaPhone = draft.defensoriaPhone();
        form.defensoriaUrl = draft.defensoriaUrl();
        return form;
    }

    @Override
    ContentDraft.Unit toDraft() {
        return new ContentDraft.Unit(this.name, this.handlesMarkdown, this.notHandledMarkdown, this.street,
                this.district, this.city, strip(this.state), strip(this.postalCode), this.mapUrl,
                this.accessibilityMarkdown, this.plantaoMarkdown, this.ouvidoriaMarkdown, this.defensoriaMarkdown,
                this.privacyOfficerContact, this.defensoriaPhone, this.defensoriaUrl);
    }

    public String getName() {
        return this.name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getHandlesMarkdown() {
        return this.handlesMarkdown;
    }

    public void setHandlesMarkdown(String handlesMarkdown) {
        this.handlesMarkdown = handlesMarkdown;
    }

    public String getNotHandledMarkdown() {
        return this.notHandledMarkdown;
    }

    public void setNotHandledMarkdown(String notHandledMarkdown) {
        this.notHandledMarkdown = notHandledMarkdown;
    }

    public String getStreet() {
        return this.street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getDistrict() {
        return this.district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }

    public String getCity() {
        return this.city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getState() {
        return this.state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getPostalCode() {
        return this.postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getMapUrl() {
        return this.mapUrl;
    }

    public void setMapUrl(String mapUrl) {
        this.mapUrl = mapUrl;
    }

    public String getAccessibilityMarkdown() {
        return this.accessibilityMarkdown;
    }

    public void setAccessibilityMarkdown(String accessibilityMarkdown) {
        this.accessibilityMarkdown = accessibilityMarkdown;
    }

    public String getPlantaoMarkdown() {
        return this.plantaoMarkdown;
    }

    public void setPlantaoMarkdown(String plantaoMarkdown) {
        this.plantaoMarkdown = plantaoMarkdown;
    }

    public String getOuvidoriaMarkdown() {
        return this.ouvidoriaMarkdown;
    }

    public void setOuvidoriaMarkdown(String ouvidoriaMarkdown) {
        this.ouvidoriaMarkdown = ouvidoriaMarkdown;
    }

    public String getDefensoriaMarkdown() {
        return this.defensoriaMarkdown;
    }

    public void setDefensoriaMarkdown(String defensoriaMarkdown) {
        this.defensoriaMarkdown = defensoriaMarkdown;
    }

    public String getPrivacyOfficerContact() {
        return this.privacyOfficerContact;
    }

    public void setPrivacyOfficerContact(String privacyOfficerContact) {
        this.privacyOfficerContact = privacyOfficerContact;
    }

    public String getDefensoriaPhone() {
        return this.defensoriaPhone;
    }

    public void setDefensoriaPhone(String defensoriaPhone) {
        this.defensoriaPhone = defensoriaPhone;
    }

    public String getDefensoriaUrl() {
        return this.defensoriaUrl;
    }

    public void setDefensoriaUrl(String defensoriaUrl) {
        this.defensoriaUrl = defensoriaUrl;
    }

}
