package org.canbao.web.admin;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import org.canbao.kernel.api.RegionFacade;
import org.canbao.kernel.api.RegionView;

/** Converts a region to its id and back (through the facade, so the area check applies). */
@FacesConverter(forClass = RegionView.class, managed = true)
public class RegionConverter implements Converter<RegionView> {
  @Inject RegionFacade regions;

  @Override
  public RegionView getAsObject(FacesContext context, UIComponent component, String value) {
    return value == null || value.isBlank() ? null : regions.region(Long.parseLong(value));
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, RegionView value) {
    return value == null ? "" : String.valueOf(value.id());
  }
}
