import { Link } from 'react-router';
import { paths } from '@/config/paths';

export default function NotFoundRoute() {
  return (
    <section className="page">
      <h1>Page not found</h1>
      <p>There is no page at this address. <Link to={paths.dashboard}>Back to the start</Link>.</p>
    </section>
  );
}
