// A view other than the default, named by its key: proxy.ts rewrites /embed/<id>?<view> here. Rendered
// on its first request and cached like the default view.
export { default, generateMetadata } from "../../page";

export const revalidate = 60;
export const generateStaticParams = async () => [];
