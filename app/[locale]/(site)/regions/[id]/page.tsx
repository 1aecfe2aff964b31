import { TILE_GRID } from "@/lib/charts/model/tile-grid";
import { localeParams } from "@/lib/i18n/locale";
import { RegionView } from "@/components/regions/region-view";
import {
  fetchRegionRoute,
  regionRouteMetadata,
  type RegionRouteProps,
} from "@/lib/pages/region-route";

export const dynamicParams = false;
export const generateStaticParams = async () =>
  localeParams().flatMap(({ locale }) => Object.keys(TILE_GRID).map((id) => ({ locale, id })));

export const generateMetadata = (props: RegionRouteProps) => regionRouteMetadata(props);

export default async function RegionPage(props: RegionRouteProps) {
  return <RegionView {...await fetchRegionRoute(props)} />;
}
