package org.canbao.web.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.canbao.kernel.api.RegionFacade;
import org.canbao.kernel.api.RegionView;

/**
 * Converts a region to its id and back, through the facade so that the area check applies. A CDI
 * bean referenced as {@code converter="#{regionConverter}"}: a {@code @FacesConverter} in a bean
 * archive with annotated discovery is instantiated by Faces without injection (its facade was
 * null).
 */
@Named
@ApplicationScoped
public class RegionConverter implements Converter<RegionView> {
  @Inject RegionFacade regions;

  @Override
  public RegionView getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return regions.region(Long.parseLong(value.strip()));
    } catch (NumberFormatException e) {
      throw new ConverterException(
          new FacesMessage(FacesMessage.SEVERITY_ERROR, "请从下拉列表中选择区域", null), e);
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, RegionView value) {
    return value == null ? "" : String.valueOf(value.id());
  }
}
